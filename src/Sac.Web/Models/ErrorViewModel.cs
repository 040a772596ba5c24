namespace Sac.Web.Models;

/// <param name="RequestId">Quoted by the user to the helpdesk, to find the failure in the logs.</param>
public sealed record ErrorViewModel(string RequestId);
