using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Offenders;

namespace Sac.Infrastructure.Persistence.Configurations;

/// <summary>The offender's columns, the same in a case and in a register entry.</summary>
internal static class OffenderMapping
{
    public static void Map<TOwner>(OwnedNavigationBuilder<TOwner, Offender> offender)
        where TOwner : class
    {
        offender.Property(o => o.Type).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        offender.Property(o => o.NationalRegisterNumber).HasMaxLength(11);
        offender.Property(o => o.LastName).HasMaxLength(200);
        offender.Property(o => o.FirstName).HasMaxLength(200);
        offender.Property(o => o.Language).HasMaxLength(2);
        offender.Property(o => o.EnterpriseNumber).HasMaxLength(10);
        offender.Property(o => o.CompanyName).HasMaxLength(200);
        offender.Property(o => o.Plate).HasMaxLength(12);
        offender.Property(o => o.PlateCountry).HasMaxLength(2);
        offender.OwnsOne(o => o.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(200);
            address.Property(a => a.HouseNumber).HasMaxLength(20);
            address.Property(a => a.PostalCode).HasMaxLength(20);
            address.Property(a => a.City).HasMaxLength(100);
            address.Property(a => a.Country).HasMaxLength(2);
        });
    }
}
