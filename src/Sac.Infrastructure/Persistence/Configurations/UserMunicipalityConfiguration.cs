using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Municipalities;
using Sac.Infrastructure.Identity;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class UserMunicipalityConfiguration : IEntityTypeConfiguration<UserMunicipality>
{
    public void Configure(EntityTypeBuilder<UserMunicipality> builder)
    {
        builder.ToTable("UserMunicipalities");
        builder.HasKey(m => new { m.UserId, m.MunicipalityNis });
        builder.Property(m => m.UserId).HasMaxLength(Lengths.UserId);
        builder.Property(m => m.MunicipalityNis).HasMaxLength(Lengths.Nis);
        builder.HasOne<SacUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityNis).OnDelete(DeleteBehavior.Cascade);
    }
}
