namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// Reports progress synchronously to a callback; unlike <see cref="Progress{T}"/> it does not post to a
/// captured context, so a page sees every report in order.
/// </summary>
public sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
