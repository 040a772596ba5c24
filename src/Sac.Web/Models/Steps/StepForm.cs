using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Sac.Web.Models;

/// <summary>
/// A step's form on the case page. The page fills in the case it acts on; the form posts that case's version
/// beside its fields (<c>version</c>), so a change made by someone else in between is refused, not overwritten.
/// </summary>
public abstract class StepForm
{
    [BindNever]
    [ValidateNever]
    public Guid CaseId { get; set; }

    [BindNever]
    [ValidateNever]
    public int CaseVersion { get; set; }
}
