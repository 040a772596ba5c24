using Sac.Domain.Common;

namespace Sac.Application.Users;

public static class UserErrors
{
    public static readonly Error EmailTaken = new("EMAIL_TAKEN", "A user with this e-mail address exists already.", Field: "email");

    public static readonly Error RoleNotGrantable = new("ROLE_NOT_GRANTABLE", "You may not give or take away this role.", ErrorKind.Forbidden, "roles");

    public static readonly Error MunicipalityNotYours =
        new("MUNICIPALITY_NOT_YOURS", "You do not administer this municipality.", ErrorKind.Forbidden, "municipalities");

    public static readonly Error NotYourUser = new("FORBIDDEN", "You do not administer this user.", ErrorKind.Forbidden);

    public static readonly Error CannotDeactivateSelf = new("CANNOT_DEACTIVATE_SELF", "You cannot deactivate yourself.", ErrorKind.BusinessRule);

    public static readonly Error LastAdministrator = new(
        "LAST_ADMINISTRATOR", "This is the last active administrator of a municipality: appoint another one first.", ErrorKind.BusinessRule);

    public static readonly Error NotAFinder = new("NOT_A_FINDER", "Device tokens are for finders.", Field: "owner");

    public static readonly Error Deactivated = new("USER_DEACTIVATED", "This user is deactivated.", ErrorKind.BusinessRule);
}
