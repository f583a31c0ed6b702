using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Tests.Contacts;

namespace ValueFirst.Web.Tests.Schedule;

/// <summary>
/// An HTTP request reads a user's zone once and keeps it for the rest of the request (unless it saves a new one); a
/// long-lived scope such as an interactive circuit reads it every time, so a zone saved elsewhere reaches it at once.
/// </summary>
public sealed class RequestZonesTests
{
    [Fact]
    public async Task A_request_keeps_the_zone_it_read_a_circuit_sees_every_change_and_a_save_in_the_request_is_seen()
    {
        using var app = new TestApp();
        var user = await ContactsTestUsers.CreateUserAsync(app, "zones@example.com");
        await SaveZoneAsync(app, user, "Europe/Berlin");

        using var request = app.Services.CreateScope();
        request.ServiceProvider.GetRequiredService<RequestZones>().RememberForThisRequest();
        var requestClock = request.ServiceProvider.GetRequiredService<UserClock>();
        using var circuit = app.Services.CreateScope();
        var circuitClock = circuit.ServiceProvider.GetRequiredService<UserClock>();

        var requestFirst = (await requestClock.NowAsync(user)).Zone.Id;
        var circuitFirst = (await circuitClock.NowAsync(user)).Zone.Id;
        await SaveZoneAsync(app, user, "America/New_York");
        var requestAfterElsewhere = (await requestClock.NowAsync(user)).Zone.Id;
        var circuitAfterElsewhere = (await circuitClock.NowAsync(user)).Zone.Id;
        await request.ServiceProvider.GetRequiredService<WeeklySlotStore>()
            .SaveScheduleAsync(user, new WeeklySlotForm { TimeZoneId = "Asia/Tokyo" });
        var requestAfterOwnSave = (await requestClock.NowAsync(user)).Zone.Id;

        Assert.Equal("Europe/Berlin", requestFirst);
        Assert.Equal("Europe/Berlin", circuitFirst);
        Assert.Equal("Europe/Berlin", requestAfterElsewhere);
        Assert.Equal("America/New_York", circuitAfterElsewhere);
        Assert.Equal("Asia/Tokyo", requestAfterOwnSave);
        Assert.Equal("Asia/Tokyo", await app.WithDbAsync(db =>
            db.Set<UserSettings>().Where(s => s.UserId == user).Select(s => s.TimeZoneId).SingleAsync()));
    }

    private static async Task SaveZoneAsync(TestApp app, string user, string zone)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<WeeklySlotStore>().SaveScheduleAsync(user, new WeeklySlotForm { TimeZoneId = zone });
    }
}
