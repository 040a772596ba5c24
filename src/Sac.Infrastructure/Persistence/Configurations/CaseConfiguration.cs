using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Cases;
using Sac.Domain.Municipalities;
using Sac.Infrastructure.Persistence.Converters;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.Property(c => c.MunicipalityNis).HasMaxLength(Lengths.Nis);
        builder.Property(c => c.ExternalId).HasMaxLength(100);
        builder.Property(c => c.IntakeFingerprint).HasMaxLength(64);
        builder.Property(c => c.InfractionCode).HasMaxLength(Lengths.InfractionCode);
        builder.Property(c => c.InfractionCategory).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(c => c.FactsAt).HasConversion<RoundTripInstantConverter>().HasMaxLength(RoundTripInstantConverter.MaxLength);
        builder.Property(c => c.FindingAt).HasConversion<RoundTripInstantConverter>().HasMaxLength(RoundTripInstantConverter.MaxLength);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(c => c.DecisionTermExtension).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(c => c.CloseReason).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(c => c.RecordedAt).HasConversion<UtcTicksConverter>();
        builder.Property(c => c.RecordedBy).HasMaxLength(Lengths.UserName);
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityNis).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(c => c.Place, place =>
        {
            place.Property(p => p.Street).HasMaxLength(200);
            place.Property(p => p.HouseNumber).HasMaxLength(20);
            place.Property(p => p.PostalCode).HasMaxLength(20);
            place.Property(p => p.City).HasMaxLength(100);
        });
        builder.Navigation(c => c.Place).IsRequired();

        builder.OwnsOne(c => c.Offender, offender =>
        {
            OffenderMapping.Map(offender);
            offender.HasIndex(o => o.NationalRegisterNumber);
            offender.HasIndex(o => o.Plate);
        });
        builder.Navigation(c => c.Offender).IsRequired();

        builder.OwnsOne(c => c.Deadlines);
        builder.Navigation(c => c.Deadlines).IsRequired();

        builder.OwnsMany(c => c.Timeline, timeline =>
        {
            timeline.ToTable("CaseEvents");
            timeline.WithOwner().HasForeignKey("CaseId");

            // A single identity key keeps the events in the order they happened, whatever the provider.
            timeline.Property<int>("Id");
            timeline.HasKey("Id");
            timeline.Property(e => e.At).HasConversion<RoundTripInstantConverter>().HasMaxLength(RoundTripInstantConverter.MaxLength);
            timeline.Property(e => e.Type).HasMaxLength(50);
            timeline.Property(e => e.By).HasMaxLength(Lengths.UserName);
            timeline.Property(e => e.Detail).HasMaxLength(4000);
        });
        builder.Navigation(c => c.Timeline).HasField("timeline").UsePropertyAccessMode(PropertyAccessMode.Field);

        CaseProcedureMapping.Map(builder);

        builder.HasIndex(c => c.ExternalId).IsUnique().HasFilter("\"ExternalId\" IS NOT NULL");
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.MunicipalityNis, c.RecordedAt });

        // The inbox, newest first across all the official's municipalities: walked in order instead of sorting every case.
        builder.HasIndex(c => new { c.RecordedAt, c.Number });

        // A status filter within a municipality (the API search, the work queues): counted and paged from the index alone.
        builder.HasIndex(c => new { c.MunicipalityNis, c.Status, c.RecordedAt });
        builder.HasIndex(c => c.Status);
        builder.HasIndex(c => c.FactsDate);

        // Statistics count a municipality's cases found in a period: a range of the index, not a scan of the city's archive.
        builder.HasIndex(c => new { c.MunicipalityNis, c.FindingDate });
    }
}
