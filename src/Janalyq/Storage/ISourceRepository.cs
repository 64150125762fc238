namespace Janalyq.Storage;

/// <summary>Outlets and their feeds.</summary>
public interface ISourceRepository
{
    /// <summary>Inserts or updates by slug; returns the id.</summary>
    Task<long> SaveAsync(Source source, CancellationToken cancellationToken);

    Task<Source?> GetAsync(long id, CancellationToken cancellationToken);

    Task<Source?> FindBySlugAsync(string slug, CancellationToken cancellationToken);

    Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken);
}
