using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sac.Domain.Audit;
using Sac.Infrastructure.Persistence.Converters;

namespace Sac.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.At).HasConversion<UtcTicksConverter>();
        builder.Property(e => e.UserName).HasMaxLength(AuditEntry.MaxUserName);
        builder.Property(e => e.Roles).HasMaxLength(AuditEntry.MaxRoles);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.MaxAction);
        builder.Property(e => e.MunicipalityNis).HasMaxLength(Lengths.Nis);
        builder.Property(e => e.Subject).HasConversion<string>().HasMaxLength(Lengths.EnumName);
        builder.Property(e => e.SubjectId).HasMaxLength(AuditEntry.MaxSubjectId);
        builder.Property(e => e.SubjectLabel).HasMaxLength(AuditEntry.MaxSubjectLabel);
        builder.Property(e => e.Before).HasMaxLength(AuditEntry.MaxChange);
        builder.Property(e => e.After).HasMaxLength(AuditEntry.MaxChange);

        // Newest first, per municipality or overall; a subject's entries (a case's, for its timeline).
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.MunicipalityNis, e.At });
        builder.HasIndex(e => new { e.Subject, e.SubjectId });
        builder.HasIndex(e => e.UserName);
    }
}
