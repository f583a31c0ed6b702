namespace ValueFirst.Web.Features.Sessions;

/// <summary>Checks a time zone id the browser or the user gave us before it reaches a schedule.</summary>
public static class TimeZones
{
    public static bool IsKnown(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
