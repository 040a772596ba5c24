using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Municipalities;
using Sac.Domain.PlaceBans;
using Sac.Infrastructure.Persistence.Converters;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class PlaceBanConfiguration : IEntityTypeConfiguration<PlaceBan>
{
    public void Configure(EntityTypeBuilder<PlaceBan> builder)
    {
        builder.ToTable("PlaceBans");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.MunicipalityNis).HasMaxLength(Lengths.Nis);
        builder.Property(b => b.Place).HasMaxLength(500);
        builder.Property(b => b.Ground).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(b => b.Grounds).HasMaxLength(Lengths.LongText);
        builder.Property(b => b.RecordedAt).HasConversion<UtcTicksConverter>();
        builder.Property(b => b.RecordedBy).HasMaxLength(Lengths.UserName);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.StartsOn);
        builder.Ignore(b => b.EndsOn);

        builder.OwnsOne(b => b.Person, AddresseeMapping.Map);
        builder.Navigation(b => b.Person).IsRequired();

        builder.OwnsMany(b => b.Periods, period =>
        {
            period.ToTable("PlaceBanPeriods");
            period.WithOwner().HasForeignKey("PlaceBanId");
            period.Property<int>("Id");
            period.HasKey("Id");
        });
        builder.Navigation(b => b.Periods).HasField("periods").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne<Municipality>().WithMany().HasForeignKey(b => b.MunicipalityNis).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.MunicipalityNis, b.RecordedAt });

        // The retention job finds what expired with one comparison per retention period in use.
        builder.HasIndex(b => new { b.AnonymisedOn, b.RetentionFrom });
    }
}
