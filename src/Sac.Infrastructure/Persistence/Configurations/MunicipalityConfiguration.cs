using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Municipalities;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable("Municipalities");
        builder.HasKey(m => m.Nis);
        builder.Property(m => m.Nis).HasMaxLength(Lengths.Nis).ValueGeneratedNever();
        builder.Property(m => m.NameNl).HasMaxLength(100);
        builder.Property(m => m.NameFr).HasMaxLength(100);

        // The settings' properties are get-only (set through the constructor), so EF maps them only when named.
        builder.OwnsOne(m => m.Settings, settings =>
        {
            settings.Property(s => s.MinorsMinimumAge);
            settings.Property(s => s.Caps2024AdoptedOn);
            settings.Property(s => s.AdultMediationOffered);
            settings.Property(s => s.PaymentTermDays);

            // Municipalities created before the setting existed get the legal default.
            settings.Property(s => s.RetentionYears).HasDefaultValue(MunicipalitySettings.DefaultRetentionYears);
        });
        builder.Navigation(m => m.Settings).IsRequired();

        builder.OwnsOne(m => m.Letterhead, letterhead =>
        {
            letterhead.Property(l => l.Street).HasMaxLength(200);
            letterhead.Property(l => l.PostalCode).HasMaxLength(20);
            letterhead.Property(l => l.City).HasMaxLength(100);
            letterhead.Property(l => l.OfficialName).HasMaxLength(200);
            letterhead.Property(l => l.Email).HasMaxLength(Lengths.UserName);
            letterhead.Property(l => l.Phone).HasMaxLength(40);
            letterhead.Property(l => l.Iban).HasMaxLength(42);
            letterhead.Property(l => l.Bic).HasMaxLength(11);
            letterhead.Property(l => l.DefaultLanguage).HasMaxLength(2);
        });

        builder.HasMany(m => m.Infractions).WithOne().HasForeignKey("MunicipalityNis").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Infractions).HasField("infractions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
