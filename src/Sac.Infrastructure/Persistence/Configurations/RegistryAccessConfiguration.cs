using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Audit;
using Sac.Infrastructure.Persistence.Converters;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class RegistryAccessConfiguration : IEntityTypeConfiguration<RegistryAccess>
{
    public void Configure(EntityTypeBuilder<RegistryAccess> builder)
    {
        builder.ToTable("RegistryAccesses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.At).HasConversion<UtcTicksConverter>();
        builder.Property(a => a.UserName).HasMaxLength(Lengths.UserName);
        builder.Property(a => a.Role).HasMaxLength(Lengths.EnumName);
        builder.Property(a => a.Registry).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(a => a.Subject).HasMaxLength(40);
        builder.Property(a => a.Reference).HasMaxLength(100);
        builder.Property(a => a.Purpose).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(a => a.FieldsReturned).HasMaxLength(500);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.Subject);
        builder.HasIndex(a => a.Reference);
    }
}
