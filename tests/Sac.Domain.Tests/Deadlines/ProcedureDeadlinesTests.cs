using Sac.Domain.Deadlines;
using Sac.Domain.LegalRegimes;
using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Deadlines;

/// <summary>
/// The procedure's terms at their boundaries (gas-law.md §0b Notice, Appeal, Payment, Prosecutor; §5 T3, T6, T7, T12, T15).
/// Every expected date was counted by hand on the calendar; the comments say how. Belgian holidays used below:
/// 2024: 1 Apr (Easter Monday), 1 Nov (Friday). 2025: 1 Jan, 21 Apr (Easter Monday), 1 May (Thursday), 29 May
/// (Ascension), 9 Jun (Whit Monday), 21 Jul (Monday), 15 Aug (Friday), 1 Nov (Saturday), 11 Nov (Tuesday), 25 Dec
/// (Thursday). 2026: 1 Jan (Thursday). Good Friday and 26 December are working days in Belgium.
/// </summary>
public sealed class ProcedureDeadlinesTests
{
    private static readonly LegalRegime Regime = LegalRegimeHistory.On(Date("2025-01-01"))!;

    [Theory]
    [InlineData("2025-03-03", "2025-03-06")] // Monday: Tue, Wed, Thu
    [InlineData("2025-03-05", "2025-03-10")] // Wednesday: Thu, Fri, (weekend), Mon
    [InlineData("2025-03-06", "2025-03-11")] // Thursday: Fri, (weekend), Mon, Tue
    [InlineData("2025-03-07", "2025-03-12")] // Friday: (weekend), Mon, Tue, Wed
    [InlineData("2025-03-08", "2025-03-12")] // posted on a Saturday: Mon, Tue, Wed
    [InlineData("2025-03-09", "2025-03-12")] // posted on a Sunday: the same three days
    public void DeemedReceipt_PostingDay_IsTheThirdWorkingDayAfter(string postedOn, string expected) =>
        Assert.Equal(Date(expected), ProcedureDeadlines.DeemedReceipt(Date(postedOn), Regime));

    [Theory]
    [InlineData("2024-03-28", "2024-04-03")] // Thu: Fri 29 (Good Friday works), Mon 1 Apr Easter Monday, Tue 2, Wed 3
    [InlineData("2025-04-17", "2025-04-23")] // Thu: Fri 18, Mon 21 Easter Monday, Tue 22, Wed 23
    [InlineData("2025-04-29", "2025-05-05")] // Tue: Wed 30, Thu 1 May, Fri 2, Mon 5
    [InlineData("2025-05-27", "2025-06-02")] // Tue: Wed 28, Thu 29 Ascension, Fri 30, Mon 2 Jun
    [InlineData("2025-06-05", "2025-06-11")] // Thu: Fri 6, Mon 9 Whit Monday, Tue 10, Wed 11
    [InlineData("2025-07-17", "2025-07-23")] // Thu: Fri 18, Mon 21 July, Tue 22, Wed 23
    [InlineData("2025-08-13", "2025-08-19")] // Wed: Thu 14, Fri 15 August, Mon 18, Tue 19
    [InlineData("2024-10-30", "2024-11-05")] // Wed: Thu 31, Fri 1 November, Mon 4, Tue 5
    [InlineData("2025-11-07", "2025-11-13")] // Fri: Mon 10, Tue 11 November, Wed 12, Thu 13
    [InlineData("2025-12-23", "2025-12-29")] // Tue: Wed 24, Thu 25 Christmas, Fri 26, Mon 29
    [InlineData("2025-12-29", "2026-01-02")] // Mon: Tue 30, Wed 31, Thu 1 January, Fri 2
    public void DeemedReceipt_AcrossAHoliday_SkipsIt(string postedOn, string expected) =>
        Assert.Equal(Date(expected), ProcedureDeadlines.DeemedReceipt(Date(postedOn), Regime));

    [Theory]
    [InlineData("2025-03-03", "2025-03-21")] // received Thu 03-06 + 15 = Fri 03-21
    [InlineData("2025-03-06", "2025-03-26")] // received Tue 03-11 + 15 = Wed 03-26
    [InlineData("2025-03-07", "2025-03-27")] // received Wed 03-12 + 15 = Thu 03-27
    [InlineData("2025-09-03", "2025-09-23")] // received Mon 09-08 + 15 = Tue 09-23
    public void Defence_EndOnAWorkingDay_IsFifteenDaysAfterTheDeemedReceipt(string postedOn, string expected) =>
        Assert.Equal(Date(expected), ProcedureDeadlines.Defence(Date(postedOn), InfractionCategory.PureAdministrative, Regime));

    [Theory]
    [InlineData("2025-03-04", "2025-03-24")] // received Fri 03-07 + 15 = Sat 03-22 -> Mon 03-24
    [InlineData("2025-04-01", "2025-04-22")] // received Fri 04-04 + 15 = Sat 04-19 -> Sun, Easter Monday -> Tue 04-22
    [InlineData("2025-05-20", "2025-06-10")] // received Fri 05-23 + 15 = Sat 06-07 -> Sun, Whit Monday -> Tue 06-10
    [InlineData("2025-07-01", "2025-07-22")] // received Fri 07-04 + 15 = Sat 07-19 -> Sun, 21 July -> Tue 07-22
    public void Defence_EndOnAWeekend_MovesToTheNextWorkingDay(string postedOn, string expected) =>
        Assert.Equal(Date(expected), ProcedureDeadlines.Defence(Date(postedOn), InfractionCategory.PureAdministrative, Regime));

    [Theory]
    [InlineData("2025-05-09", "2025-05-30")] // received Wed 05-14 + 15 = Thu 05-29 Ascension -> Fri 05-30
    [InlineData("2025-07-28", "2025-08-18")] // received Thu 07-31 + 15 = Fri 08-15 -> weekend -> Mon 08-18
    [InlineData("2024-10-14", "2024-11-04")] // received Thu 10-17 + 15 = Fri 11-01 -> weekend -> Mon 11-04
    [InlineData("2025-10-22", "2025-11-12")] // received Mon 10-27 + 15 = Tue 11-11 -> Wed 11-12
    [InlineData("2025-12-05", "2025-12-26")] // received Wed 12-10 + 15 = Thu 12-25 -> Fri 12-26 (a working day)
    [InlineData("2025-12-12", "2026-01-02")] // received Wed 12-17 + 15 = Thu 2026-01-01 -> Fri 01-02
    public void Defence_EndOnAHoliday_MovesToTheNextWorkingDay(string postedOn, string expected) =>
        Assert.Equal(Date(expected), ProcedureDeadlines.Defence(Date(postedOn), InfractionCategory.PureAdministrative, Regime));

    [Theory]
    [InlineData(InfractionCategory.PureAdministrative, "2025-03-21")] // received Thu 03-06 + 15 = Fri 03-21
    [InlineData(InfractionCategory.MixedLight, "2025-03-21")]
    [InlineData(InfractionCategory.MixedSerious, "2025-03-21")]
    [InlineData(InfractionCategory.Parking1, "2025-04-07")] // received Thu 03-06 + 30 = Sat 04-05 -> Mon 04-07
    [InlineData(InfractionCategory.Parking2, "2025-04-07")]
    [InlineData(InfractionCategory.CameraC3F103, "2025-04-07")]
    [InlineData(InfractionCategory.CycleZoneF111, "2025-04-07")]
    public void Defence_TrafficCategories_HaveThirtyDays(InfractionCategory category, string expected) =>
        Assert.Equal(Date(expected), ProcedureDeadlines.Defence(Date("2025-03-03"), category, Regime));

    [Theory]
    [InlineData("2025-09-03", "2025-10-08")] // received Mon 09-08 + 30 = Wed 10-08
    [InlineData("2025-03-04", "2025-04-07")] // received Fri 03-07 + 30 = Sun 04-06 -> Mon 04-07
    [InlineData("2025-07-28", "2025-09-01")] // received Thu 07-31 + 30 = Sat 08-30 -> Mon 09-01
    [InlineData("2025-02-11", "2025-03-17")] // received Fri 02-14 + 30 = Sun 03-16 -> Mon 03-17
    public void Defence_TrafficEndOnAWeekend_MovesToo(string postedOn, string expected) =>
        Assert.Equal(Date(expected), ProcedureDeadlines.Defence(Date(postedOn), InfractionCategory.Parking2, Regime));

    [Theory]
    [InlineData("2025-03-05", "2025-05-05")] // same day two months later
    [InlineData("2024-12-31", "2025-02-28")] // clamps to the end of February
    [InlineData("2023-12-31", "2024-02-29")] // leap year
    [InlineData("2025-03-10", "2025-05-10")] // a Saturday: not moved
    [InlineData("2025-03-01", "2025-05-01")] // 1 May: not moved
    [InlineData("2025-05-21", "2025-07-21")] // 21 July: not moved
    [InlineData("2025-06-15", "2025-08-15")] // 15 August: not moved
    public void ProsecutorAnswer_TwoMonthsFromReceipt_DoesNotMove(string receivedOn, string expected) =>
        Assert.Equal(Date(expected), ProcedureDeadlines.ProsecutorAnswer(Date(receivedOn), Regime));

    [Theory]
    [InlineData("2025-03-25", "2025-04-28")] // received Fri 03-28, one month = Mon 04-28
    [InlineData("2024-01-26", "2024-02-29")] // received Wed 2024-01-31 -> 29 February (leap year), a Thursday
    [InlineData("2025-01-28", "2025-02-28")] // received Fri 2025-01-31 -> 28 February, a Friday
    [InlineData("2025-03-26", "2025-04-30")] // received Mon 03-31 -> 30 April
    [InlineData("2025-10-28", "2025-12-01")] // received Fri 10-31 -> 30 November, a Sunday -> Mon 12-01
    public void Appeal_OneMonthFromTheDeemedReceipt_ClampsToTheMonthEnd(string postedOn, string expected) =>
        Assert.Equal(Date(expected), ProcedureDeadlines.Appeal(Date(postedOn), Regime));

    [Theory]
    [InlineData("2025-03-18", "2025-04-22")] // received Fri 03-21 -> Mon 04-21 Easter Monday -> Tue 04-22
    [InlineData("2025-07-10", "2025-08-18")] // received Tue 07-15 -> Fri 08-15 -> weekend -> Mon 08-18
    [InlineData("2025-09-26", "2025-11-03")] // received Wed 10-01 -> Sat 11-01 (holiday on a weekend) -> Mon 11-03
    [InlineData("2025-11-20", "2025-12-26")] // received Tue 11-25 -> Thu 12-25 -> Fri 12-26
    [InlineData("2025-11-26", "2026-01-02")] // received Mon 12-01 -> Thu 2026-01-01 -> Fri 01-02
    public void Appeal_LastDayOnAHoliday_MovesToTheNextWorkingDay(string postedOn, string expected) =>
        Assert.Equal(Date(expected), ProcedureDeadlines.Appeal(Date(postedOn), Regime));

    [Theory]
    [InlineData("2025-03-04", 30, "2025-04-03")] // Thu
    [InlineData("2025-03-06", 30, "2025-04-07")] // Sat 04-05 -> Mon 04-07
    [InlineData("2025-03-22", 30, "2025-04-22")] // Mon 04-21 Easter Monday -> Tue 04-22
    [InlineData("2025-04-01", 30, "2025-05-02")] // Thu 1 May -> Fri 05-02
    [InlineData("2025-04-29", 30, "2025-05-30")] // Thu 05-29 Ascension -> Fri 05-30
    [InlineData("2025-04-29", 45, "2025-06-13")] // the municipality's 45 days: Fri 06-13
    [InlineData("2025-03-04", 45, "2025-04-18")] // Good Friday is a working day
    [InlineData("2025-06-01", 60, "2025-07-31")]
    [InlineData("2025-12-24", 1, "2025-12-26")] // Thu 12-25 -> Fri 12-26
    public void Payment_TermFromTheEnforceableDay_UsesTheSettingAndMoves(string enforceableOn, int termDays, string expected) =>
        Assert.Equal(Date(expected), ProcedureDeadlines.Payment(Date(enforceableOn), termDays));

    [Theory]
    [InlineData("2025-03-10", "2025-04-09")] // Wed
    [InlineData("2025-05-31", "2025-06-30")] // Mon
    [InlineData("2025-06-21", "2025-07-22")] // Mon 21 July -> Tue 07-22
    [InlineData("2025-10-02", "2025-11-03")] // Sat 1 November -> Mon 11-03
    public void Reminder_ThirtyDaysFromTheReminder_Moves(string remindedOn, string expected) =>
        Assert.Equal(Date(expected), ProcedureDeadlines.Reminder(Date(remindedOn), Regime));

    [Fact]
    public void Terms_RegimeWithOtherNumbers_UseTheRegimeData()
    {
        var regime = Regime with { DeemedReceiptWorkingDays = 1, DefenceDays = 10, AppealMonths = 2, ProsecutorAnswerMonths = 3, ReminderTermDays = 14 };

        Assert.Equal(Date("2025-03-04"), ProcedureDeadlines.DeemedReceipt(Date("2025-03-03"), regime)); // Mon -> Tue
        Assert.Equal(Date("2025-03-14"), ProcedureDeadlines.Defence(Date("2025-03-03"), InfractionCategory.PureAdministrative, regime)); // Tue 03-04 + 10 = Fri
        Assert.Equal(Date("2025-05-05"), ProcedureDeadlines.Appeal(Date("2025-03-03"), regime)); // Tue 03-04 + 2 months = Sun 05-04 -> Mon
        Assert.Equal(Date("2025-06-05"), ProcedureDeadlines.ProsecutorAnswer(Date("2025-03-05"), regime));
        Assert.Equal(Date("2025-03-24"), ProcedureDeadlines.Reminder(Date("2025-03-10"), regime)); // Mon 03-24
    }
}
