using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Measures;

namespace Sac.Infrastructure.Persistence.Configurations;

/// <summary>The addressee's columns, the same in a college sanction and in a place ban.</summary>
internal static class AddresseeMapping
{
    public static void Map<TOwner>(OwnedNavigationBuilder<TOwner, Addressee> addressee)
        where TOwner : class
    {
        addressee.Property(a => a.Kind).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        addressee.Property(a => a.Name).HasMaxLength(200);
        addressee.Property(a => a.NationalRegisterNumber).HasMaxLength(11);
        addressee.Property(a => a.EnterpriseNumber).HasMaxLength(10);
        addressee.Property(a => a.Language).HasMaxLength(2);
        addressee.OwnsOne(a => a.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(200);
            address.Property(a => a.HouseNumber).HasMaxLength(20);
            address.Property(a => a.PostalCode).HasMaxLength(20);
            address.Property(a => a.City).HasMaxLength(100);
            address.Property(a => a.Country).HasMaxLength(2);
        });
    }
}
