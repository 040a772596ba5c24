using Microsoft.EntityFrameworkCore.Migrations;

namespace Sac.Infrastructure.Persistence;

internal static class MigrationStatements
{
    /// <summary>Each statement as its own operation: SQL Server needs a CREATE TRIGGER alone in its batch.</summary>
    public static void SqlEach(this MigrationBuilder migrationBuilder, IEnumerable<string> statements)
    {
        foreach (var statement in statements)
        {
            migrationBuilder.Sql(statement);
        }
    }
}
