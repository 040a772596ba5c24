using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Application.Devices;
using Sac.Domain.Cases;
using Sac.Domain.Payments.BankStatements;
using Sac.Infrastructure.Persistence.Converters;

namespace Sac.Infrastructure.Persistence.Configurations;

/// <summary>The columns and child tables of the procedure's steps, kept apart from the finding's mapping.</summary>
internal static class CaseProcedureMapping
{
    public static void Map(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.MediationOutcome).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(c => c.NoticeChannel).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(c => c.DecisionChannel).HasConversion<string>().HasMaxLength(Lengths.EnumName);

        builder.OwnsOne(c => c.ProsecutorReport, report =>
            report.Property(r => r.Answer).HasConversion<string>().HasMaxLength(Lengths.EnumName));

        builder.OwnsOne(c => c.Hearing, hearing =>
        {
            hearing.Property(h => h.ScheduledAt).HasConversion<RoundTripInstantConverter>().HasMaxLength(RoundTripInstantConverter.MaxLength);
            hearing.Property(h => h.Location).HasMaxLength(200);
            hearing.Property(h => h.Minutes).HasMaxLength(Lengths.LongText);
        });

        builder.OwnsOne(c => c.Decision, decision =>
        {
            decision.Property(d => d.Kind).HasConversion<string>().HasMaxLength(Lengths.EnumName);
            decision.Property(d => d.Amount).HasPrecision(Lengths.MoneyPrecision, 2);
            decision.Property(d => d.NoSanctionReason).HasMaxLength(2000);
            decision.Property(d => d.Reasoning).HasMaxLength(Lengths.LongText);
            decision.Property(d => d.DecidedBy).HasMaxLength(Lengths.UserName);
        });

        builder.OwnsOne(c => c.Appeal, appeal =>
        {
            appeal.Property(a => a.Court).HasConversion<string>().HasMaxLength(Lengths.EnumName);
            appeal.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        });

        builder.OwnsMany(c => c.Defences, defences =>
        {
            defences.ToTable("CaseDefences");
            defences.WithOwner().HasForeignKey("CaseId");
            defences.Property<int>("Id");
            defences.HasKey("Id");
            defences.Property(d => d.Text).HasMaxLength(Lengths.LongText);
            defences.Property(d => d.RegisteredBy).HasMaxLength(Lengths.UserName);
        });
        builder.Navigation(c => c.Defences).HasField("defences").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Payments, payments =>
        {
            payments.ToTable("CasePayments");
            payments.WithOwner().HasForeignKey("CaseId");
            payments.Property<int>("Id");
            payments.HasKey("Id");
            payments.Property(p => p.Amount).HasPrecision(Lengths.MoneyPrecision, 2);
            payments.Property(p => p.Communication).HasMaxLength(StatementEntry.CommunicationLength);
            payments.Property(p => p.RegisteredBy).HasMaxLength(Lengths.UserName);
        });
        builder.Navigation(c => c.Payments).HasField("payments").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Refunds, refunds =>
        {
            refunds.ToTable("CaseRefunds");
            refunds.WithOwner().HasForeignKey("CaseId");
            refunds.Property<int>("Id");
            refunds.HasKey("Id");
            refunds.Property(r => r.Amount).HasPrecision(Lengths.MoneyPrecision, 2);
            refunds.Property(r => r.Iban).HasMaxLength(Lengths.Iban);
            refunds.Property(r => r.RecordedBy).HasMaxLength(Lengths.UserName);
        });
        builder.Navigation(c => c.Refunds).HasField("refunds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsOne(c => c.Device, device =>
        {
            device.Property(d => d.Identifier).HasMaxLength(DeviceLimits.IdentifierLength);
            device.Property(d => d.Type).HasConversion<string>().HasMaxLength(Lengths.EnumName);
            device.Property(d => d.CertificateReference).HasMaxLength(100);
        });

        builder.OwnsOne(c => c.Validation, validation =>
        {
            validation.Property(v => v.At).HasConversion<UtcTicksConverter>();
            validation.Property(v => v.By).HasMaxLength(Lengths.UserName);
        });

        builder.HasIndex(c => c.NextDueOn);
    }
}
