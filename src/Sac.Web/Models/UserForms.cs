using Sac.Application.Users;

namespace Sac.Web.Models;

/// <summary>The invitation of a new user: who, with which roles, for which municipalities.</summary>
public sealed class InviteUserForm
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<string> Municipalities { get; set; } = [];

    public UserChoices Choices { get; set; } = new(new HashSet<string>(), []);

    public InviteUserCommand ToCommand() => new(Email, DisplayName, Roles, Municipalities);
}

/// <summary>A user's roles and municipalities as the administrator changes them.</summary>
public sealed class UserAccessForm
{
    public List<string> Roles { get; set; } = [];

    public List<string> Municipalities { get; set; } = [];

    public UserAccount? Account { get; set; }

    public UserChoices Choices { get; set; } = new(new HashSet<string>(), []);

    public static UserAccessForm From(UserAccount account, UserChoices choices) =>
        new() { Roles = [.. account.Roles], Municipalities = [.. account.Municipalities], Account = account, Choices = choices };

    public ChangeUserAccessCommand ToCommand(string id) => new(id, Roles, Municipalities);
}

/// <summary>The link an invitee opens: which user, the one-time secret, and the password they choose.</summary>
public sealed class AcceptInvitationForm
{
    public string? User { get; set; }

    public string? Token { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}

/// <summary>A device token to issue: for which finder, and what the device is.</summary>
public sealed class IssueTokenForm
{
    public string? OwnerId { get; set; }

    public string? Name { get; set; }

    public IReadOnlyList<UserAccount> Holders { get; set; } = [];
}
