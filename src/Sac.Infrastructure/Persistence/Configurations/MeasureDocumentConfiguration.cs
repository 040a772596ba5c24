using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Measures;
using Sac.Infrastructure.Persistence.Converters;

namespace Sac.Infrastructure.Persistence.Configurations;

/// <summary>
/// The letters of college sanctions and place bans, in one table beside the case documents: <c>MeasureId</c> points to
/// either kind of measure, so it has no foreign key (both are never deleted).
/// </summary>
internal sealed class MeasureDocumentConfiguration : IEntityTypeConfiguration<MeasureDocument>
{
    public void Configure(EntityTypeBuilder<MeasureDocument> builder)
    {
        builder.ToTable("MeasureDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.MunicipalityNis).HasMaxLength(Lengths.Nis);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(d => d.Language).HasMaxLength(2);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.CreatedAt).HasConversion<UtcTicksConverter>();
        builder.Property(d => d.CreatedBy).HasMaxLength(Lengths.UserName);
        builder.HasIndex(d => new { d.MeasureId, d.CreatedAt });
    }
}
