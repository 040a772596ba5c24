using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Infrastructure.Identity;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class SacUserConfiguration : IEntityTypeConfiguration<SacUser>
{
    public void Configure(EntityTypeBuilder<SacUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(2);
    }
}
