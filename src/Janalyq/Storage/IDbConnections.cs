using System.Data.Common;

namespace Janalyq.Storage;

/// <summary>
/// An open connection to the configured database, whichever it is: for repositories whose SQL is the same on SQLite
/// and PostgreSQL (written once in Storage/, as <see cref="OutletTemplateRepository"/>). Repositories whose SQL
/// differs live in the database's folder and use its own factory.
/// </summary>
public interface IDbConnections
{
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);
}
