using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Tests.Infrastructure;
using ValueFirst.Web.Tests.Reminders;

namespace ValueFirst.Web.Tests.Schedule;

[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class WeeklySlotTests : IDisposable
{
    private readonly ReminderWorld world = new();

    private static List<ValidationResult> Validate(WeeklySlotForm form)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Unknown_time_zone_is_a_validation_error_on_the_zone_field()
    {
        var errors = Validate(new WeeklySlotForm { TimeZoneId = "Mars/Olympus_Mons" });

        var error = Assert.Single(errors);
        Assert.Contains(nameof(WeeklySlotForm.TimeZoneId), error.MemberNames);
        Assert.Contains("Mars/Olympus_Mons", error.ErrorMessage);
    }

    [Fact]
    public void Iana_zone_and_sensible_duration_are_valid()
    {
        Assert.Empty(Validate(new WeeklySlotForm { TimeZoneId = "America/New_York", DurationMinutes = 60 }));
        Assert.Single(Validate(new WeeklySlotForm { TimeZoneId = "UTC", DurationMinutes = 5 }));
    }

    [Fact]
    public async Task Saving_the_schedule_keeps_the_reminder_settings_and_defaults_match_the_brief()
    {
        var user = await world.UserAsync();

        var first = await world.SlotAsync(user, DayOfWeek.Thursday, hour: 8, zone: "Europe/Berlin");
        await world.ReminderSettingsAsync(user, enabled: false, leadMinutes: 30);
        await world.SlotAsync(user, DayOfWeek.Friday, hour: 9, zone: "Europe/Berlin");

        Assert.Equal(60, first.Slot.DurationMinutes);
        Assert.True(first.Slot.ReminderEnabled);
        Assert.Equal(60, first.Slot.ReminderLeadMinutes);
        var stored = await world.App.WithDbAsync(db => db.Set<WeeklySlot>().AsNoTracking().SingleAsync(s => s.UserId == user));
        Assert.Equal((DayOfWeek.Friday, new TimeOnly(9, 0)), (stored.Day, stored.StartTime));
        Assert.False(stored.ReminderEnabled);
        Assert.Equal(30, stored.ReminderLeadMinutes);
    }

    [Fact]
    public async Task Saving_the_slot_makes_its_zone_the_users_zone_for_every_feature()
    {
        var user = await world.UserAsync();

        await world.SlotAsync(user, zone: "America/New_York");
        await world.SlotAsync(user, zone: "Asia/Tokyo");

        var zone = await world.App.WithDbAsync(db => db.Set<UserSettings>()
            .Where(s => s.UserId == user).Select(s => s.TimeZoneId).SingleAsync());
        Assert.Equal("Asia/Tokyo", zone);
    }

    [Fact]
    public async Task Service_refuses_an_unknown_time_zone()
    {
        var user = await world.UserAsync();
        using var scope = world.App.Services.CreateScope();
        var slots = scope.ServiceProvider.GetRequiredService<WeeklySlotStore>();

        await Assert.ThrowsAsync<ArgumentException>(() => slots.SaveScheduleAsync(user, new WeeklySlotForm { TimeZoneId = "Nowhere/Land" }));
        Assert.Null(await slots.GetAsync(user));
    }

    [Fact]
    public async Task Settings_page_shows_the_slot_and_reminder_sections_with_what_to_do_first()
    {
        var client = await AccountSession.RegisterAndSignInAsync(world.App, "slot@example.com");

        var html = await client.GetStringAsync("/settings");

        Assert.Contains("Weekly connecting hour", html);
        Assert.Contains("No slot yet: pick a weekday and a time, then save.", html);
        Assert.Contains("Reminder email", html);
        Assert.Contains("Save your weekly connecting hour first", html);
    }

    public void Dispose() => world.Dispose();
}
