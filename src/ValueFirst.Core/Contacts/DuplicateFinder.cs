namespace ValueFirst.Core.Contacts;

/// <summary>
/// Finds contacts that are probably one person: the same profile URL once normalised (addresses typed in other forms,
/// or stored before the rules changed), the same email address, or the same name at the same company (a company is
/// required: two "Ana Lima" without one are not enough). Pairs with the most reasons come first, strongest reason first.
/// </summary>
public static class DuplicateFinder
{
    public static IReadOnlyList<LikelyDuplicate> Find(IEnumerable<DuplicateCandidate> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var list = contacts.ToList();
        var reasons = new Dictionary<(int, int), SortedSet<DuplicateReason>>();
        Pair(list, c => ProfileUrl.Normalize(c.ProfileUrl), DuplicateReason.SameProfileUrl, reasons);
        Pair(list, c => ContactKeys.Email(c.Email), DuplicateReason.SameEmail, reasons);
        Pair(list, c => string.IsNullOrWhiteSpace(c.Company) ? null : ContactKeys.NameAndCompany(c.Name, c.Company), DuplicateReason.SameNameAndCompany, reasons);
        return reasons
            .Select(p => new LikelyDuplicate(p.Key.Item1, p.Key.Item2, p.Value.ToList()))
            .OrderByDescending(d => d.Reasons.Count)
            .ThenBy(d => d.Reasons[0])
            .ThenBy(d => d.FirstId)
            .ThenBy(d => d.SecondId)
            .ToList();
    }

    private static void Pair(
        List<DuplicateCandidate> contacts, Func<DuplicateCandidate, string?> key, DuplicateReason reason, Dictionary<(int, int), SortedSet<DuplicateReason>> pairs)
    {
        foreach (var group in contacts.Select(c => (Contact: c, Key: key(c))).Where(x => x.Key is not null).GroupBy(x => x.Key, StringComparer.Ordinal))
        {
            var ids = group.Select(x => x.Contact.Id).Distinct().Order().ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    if (!pairs.TryGetValue((ids[i], ids[j]), out var set))
                    {
                        pairs[(ids[i], ids[j])] = set = [];
                    }

                    set.Add(reason);
                }
            }
        }
    }
}
