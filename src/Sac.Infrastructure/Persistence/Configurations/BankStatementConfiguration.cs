using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Municipalities;
using Sac.Domain.Payments.BankStatements;
using Sac.Infrastructure.Persistence.Converters;

namespace Sac.Infrastructure.Persistence.Configurations;

/// <summary>An imported statement: one per account and statement number, so a file imported twice is recognised.</summary>
internal sealed class ImportedStatementConfiguration : IEntityTypeConfiguration<ImportedStatement>
{
    public void Configure(EntityTypeBuilder<ImportedStatement> builder)
    {
        builder.ToTable("BankStatements");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.MunicipalityNis).HasMaxLength(Lengths.Nis);
        builder.Property(s => s.AccountIban).HasMaxLength(Lengths.Iban);
        builder.Property(s => s.StatementNumber).HasMaxLength(Lengths.BankReference);
        builder.Property(s => s.Format).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(s => s.FileSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(s => s.ImportedAt).HasConversion<UtcTicksConverter>();
        builder.Property(s => s.ImportedBy).HasMaxLength(Lengths.UserName);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(s => s.MunicipalityNis).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.AccountIban, s.StatementNumber }).IsUnique();
    }
}

/// <summary>A movement of a statement: unique by account, statement number and bank reference; the queue reads by municipality and state.</summary>
internal sealed class StatementEntryConfiguration : IEntityTypeConfiguration<StatementEntry>
{
    public void Configure(EntityTypeBuilder<StatementEntry> builder)
    {
        builder.ToTable("BankStatementEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.MunicipalityNis).HasMaxLength(Lengths.Nis);
        builder.Property(e => e.AccountIban).HasMaxLength(Lengths.Iban);
        builder.Property(e => e.StatementNumber).HasMaxLength(Lengths.BankReference);
        builder.Property(e => e.BankReference).HasMaxLength(Lengths.BankReference);
        builder.Property(e => e.Amount).HasPrecision(Lengths.MoneyPrecision + 2, 2);
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.CounterpartyName).HasMaxLength(140);
        builder.Property(e => e.CounterpartyIban).HasMaxLength(Lengths.Iban);
        builder.Property(e => e.StructuredCommunication).HasMaxLength(21);
        builder.Property(e => e.FreeCommunication).HasMaxLength(Lengths.LongText);
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(e => e.UnmatchedReason).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(e => e.CaseNumber).HasMaxLength(32);
        builder.Property(e => e.Note).HasMaxLength(StatementEntry.NoteLength);
        builder.Property(e => e.ResolvedBy).HasMaxLength(Lengths.UserName);
        builder.Property(e => e.ResolvedAt).HasConversion<UtcTicksConverter>();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.IsCredit);
        builder.Ignore(e => e.PaidOn);
        builder.Ignore(e => e.Communication);
        builder.HasOne<ImportedStatement>().WithMany().HasForeignKey(e => e.StatementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.AccountIban, e.StatementNumber, e.BankReference }).IsUnique();
        builder.HasIndex(e => new { e.MunicipalityNis, e.State, e.BookingDate });
        builder.HasIndex(e => e.CaseId);
    }
}
