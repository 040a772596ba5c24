using Sac.Application.Common;
using Sac.Domain.Common;

namespace Sac.Application.Payments.BankStatements;

public static class BankStatementErrors
{
    public static readonly Error WrongAccount = new(
        "BANK_STATEMENT_WRONG_ACCOUNT", "The statement is not of the account on the municipality's letterhead.", ErrorKind.BusinessRule);

    public static readonly Error UnknownMunicipality = ApplicationErrors.NotFound("The municipality");

    public static readonly Error EntryNotFound = ApplicationErrors.NotFound("The bank statement line");

    public static readonly Error CaseNotFound = ApplicationErrors.CaseNumberNotFound;
}
