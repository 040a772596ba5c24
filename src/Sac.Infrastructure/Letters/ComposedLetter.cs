namespace Sac.Infrastructure.Letters;

/// <summary>
/// A letter with all its words chosen, in reading order, but not yet laid out: what the wording produces and
/// the PDF layout draws. Knows nothing of languages or kinds.
/// </summary>
internal sealed record ComposedLetter(
    IReadOnlyList<string> Sender,
    IReadOnlyList<string> Recipient,
    string PlaceAndDate,
    string Reference,
    string Subject,
    IReadOnlyList<LetterBlock> Body,
    string Closing,
    IReadOnlyList<string> Signature);

/// <summary>One piece of the body of a letter.</summary>
internal abstract record LetterBlock;

/// <summary>Running text, wrapped to the width of the page. A single line break inside it starts a new line.</summary>
internal sealed record Paragraph(string Text) : LetterBlock;

/// <summary>A bold heading, kept on the same page as what follows it.</summary>
internal sealed record Heading(string Text) : LetterBlock;

/// <summary>An item of a list of rights or consequences.</summary>
internal sealed record Bullet(string Text) : LetterBlock;

/// <summary>A label and its value; consecutive fields form a table ("Plaats:  Korenmarkt, Gent").</summary>
internal sealed record Field(string Label, string Value) : LetterBlock;

/// <summary>
/// A QR code that a bank app scans to fill in the transfer (<see cref="Domain.Payments.EpcPaymentCode"/>), with a
/// caption that says so; laid out like a field, the caption as its label.
/// </summary>
internal sealed record PaymentCode(string Payload, string Caption) : LetterBlock;
