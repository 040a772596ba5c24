using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Application.Devices;
using Sac.Domain.Devices;
using Sac.Domain.Municipalities;
using Sac.Infrastructure.Persistence.Converters;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    public void Configure(EntityTypeBuilder<Device> builder)
    {
        builder.ToTable("Devices");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.MunicipalityNis).HasMaxLength(Lengths.Nis);
        builder.Property(d => d.Identifier).HasMaxLength(DeviceLimits.IdentifierLength);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(d => d.Location).HasMaxLength(200);
        builder.PrimitiveCollection(d => d.Categories).HasField("categories").UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(e => e.HasConversion<string>().HasMaxLength(Lengths.EnumName));
        builder.Property(d => d.RegisteredAt).HasConversion<UtcTicksConverter>();
        builder.Property(d => d.LastReceivedAt).HasConversion<UtcTicksConverter>();
        builder.Property(d => d.Version).IsConcurrencyToken();

        builder.HasOne<Municipality>().WithMany().HasForeignKey(d => d.MunicipalityNis).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.MunicipalityNis, d.Identifier }).IsUnique();

        builder.OwnsMany(d => d.Certifications, certifications =>
        {
            certifications.ToTable("DeviceCertifications");
            certifications.WithOwner().HasForeignKey("DeviceId");
            certifications.Property<int>("Id");
            certifications.HasKey("Id");
            certifications.Property(c => c.Reference).HasMaxLength(100);
        });
        builder.Navigation(d => d.Certifications).HasField("certifications").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
