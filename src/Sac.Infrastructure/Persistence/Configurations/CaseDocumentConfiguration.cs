using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Cases;
using Sac.Domain.Documents;
using Sac.Infrastructure.Persistence.Converters;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocument>
{
    public void Configure(EntityTypeBuilder<CaseDocument> builder)
    {
        builder.ToTable("CaseDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.CaseNumber).HasMaxLength(32);
        builder.Property(d => d.MunicipalityNis).HasMaxLength(Lengths.Nis);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(d => d.Language).HasMaxLength(2);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.CreatedAt).HasConversion<UtcTicksConverter>();
        builder.Property(d => d.CreatedBy).HasMaxLength(Lengths.UserName);
        builder.Property(d => d.PostedBy).HasMaxLength(Lengths.UserName);

        builder.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.CaseId, d.CreatedAt });
        builder.HasIndex(d => new { d.MunicipalityNis, d.PostedOn });
    }
}
