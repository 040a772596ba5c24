namespace Sac.Application.Measures;

/// <summary>Lays a letter of a college sanction or place ban out as a PDF (A4), with the municipality's letterhead.</summary>
public interface IMeasureLetterRenderer
{
    byte[] Render(MeasureLetter letter);
}
