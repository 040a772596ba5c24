using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Municipalities;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class InfractionConfiguration : IEntityTypeConfiguration<Infraction>
{
    public void Configure(EntityTypeBuilder<Infraction> builder)
    {
        builder.ToTable("Infractions");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedOnAdd();
        builder.Property<string>("MunicipalityNis").HasMaxLength(Lengths.Nis);
        builder.Property(i => i.Code).HasMaxLength(Lengths.InfractionCode);
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(i => i.Article).HasMaxLength(100);
        builder.Property(i => i.TextNl).HasMaxLength(1000);
        builder.Property(i => i.TextFr).HasMaxLength(1000);
        builder.Property(i => i.MinimumAmount).HasPrecision(Lengths.MoneyPrecision, 2);
        builder.Property(i => i.MaximumAmount).HasPrecision(Lengths.MoneyPrecision, 2);
        builder.Property(i => i.DefaultAmount).HasPrecision(Lengths.MoneyPrecision, 2);
        builder.Property(i => i.RecidivismMaximumAmount).HasPrecision(Lengths.MoneyPrecision, 2);

        // One version of a code per start date: a new version on the same day replaces the old one.
        builder.HasIndex("MunicipalityNis", nameof(Infraction.Code), nameof(Infraction.ValidFrom)).IsUnique();
    }
}
