namespace Janalyq.Fetching;

/// <summary>The answer of <see cref="FetchRequest.MayFetch"/> for one hop: granted, or refused with the reason to report.</summary>
public readonly record struct FetchPermission(string? Refusal)
{
    public static FetchPermission Granted => default;

    public static FetchPermission Refused(string reason) => new(reason);

    public bool IsGranted => Refusal is null;
}
