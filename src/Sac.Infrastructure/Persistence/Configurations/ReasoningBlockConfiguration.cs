using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Municipalities;
using Sac.Domain.Reasoning;
using Sac.Infrastructure.Persistence.Converters;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class ReasoningBlockConfiguration : IEntityTypeConfiguration<ReasoningBlock>
{
    public void Configure(EntityTypeBuilder<ReasoningBlock> builder)
    {
        builder.ToTable("ReasoningBlocks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.MunicipalityNis).HasMaxLength(Lengths.Nis);
        builder.Property(b => b.Topic).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(b => b.InfractionCode).HasMaxLength(Lengths.InfractionCode);
        builder.Property(b => b.Title).HasMaxLength(200);
        builder.Property(b => b.TextNl).HasMaxLength(8000);
        builder.Property(b => b.TextFr).HasMaxLength(8000);
        builder.Property(b => b.UpdatedAt).HasConversion<UtcTicksConverter>();
        builder.Property(b => b.UpdatedBy).HasMaxLength(Lengths.UserName);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(b => b.MunicipalityNis).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.MunicipalityNis, b.Topic });
    }
}
