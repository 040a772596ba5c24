using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Cases;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Municipalities;
using Sac.Infrastructure.Persistence.Converters;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class CollegeSanctionConfiguration : IEntityTypeConfiguration<CollegeSanction>
{
    public void Configure(EntityTypeBuilder<CollegeSanction> builder)
    {
        builder.ToTable("CollegeSanctions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.MunicipalityNis).HasMaxLength(Lengths.Nis);
        builder.Property(s => s.Subject).HasMaxLength(500);
        builder.PrimitiveCollection(s => s.InfractionCodes).HasMaxLength(2000);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(s => s.Reasons).HasMaxLength(Lengths.LongText);
        builder.Property(s => s.RecordedAt).HasConversion<UtcTicksConverter>();
        builder.Property(s => s.RecordedBy).HasMaxLength(Lengths.UserName);
        builder.Property(s => s.Version).IsConcurrencyToken();

        builder.OwnsOne(s => s.Holder, AddresseeMapping.Map);
        builder.Navigation(s => s.Holder).IsRequired();

        builder.HasOne<Municipality>().WithMany().HasForeignKey(s => s.MunicipalityNis).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.MunicipalityNis, s.RecordedAt });

        // The retention job finds what expired with one comparison per retention period in use.
        builder.HasIndex(s => new { s.AnonymisedOn, s.RetentionFrom });
    }
}
