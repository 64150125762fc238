using System.Buffers.Binary;
using Dapper;
using Janalyq.Extraction.Templates;

namespace Janalyq.Storage;

/// <summary>
/// The outlet templates' fingerprints (table outlet_template_pages: SQLite's migration 0005_outlet_templates, PostgreSQL's
/// 0001_initial; keys as a blob / bytea of 8 bytes a key, little-endian). The same SQL on both databases.
/// </summary>
public sealed class OutletTemplateRepository(IDbConnections connections) : IOutletTemplateRepository
{
    public async Task<IReadOnlyList<(string Page, PageBlocks Blocks)>> LoadAsync(string outlet, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT page AS Page, keys AS Keys FROM outlet_template_pages WHERE outlet = @outlet ORDER BY seq",
            new { outlet }, cancellationToken: cancellationToken));
        return rows.Select(r => (r.Page, PageBlocks.FromKeys(Read(r.Keys)))).ToList();
    }

    public async Task SaveAsync(string outlet, string page, PageBlocks blocks, int keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO outlet_template_pages (outlet, page, seq, keys)
            VALUES (@outlet, @page, (SELECT COALESCE(MAX(seq), 0) + 1 FROM outlet_template_pages WHERE outlet = @outlet), @keys)
            ON CONFLICT (outlet, page) DO UPDATE SET seq = excluded.seq, keys = excluded.keys
            """, new { outlet, page, keys = Write(blocks.Keys) }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            DELETE FROM outlet_template_pages WHERE outlet = @outlet AND seq <=
                (SELECT seq FROM outlet_template_pages WHERE outlet = @outlet ORDER BY seq DESC LIMIT 1 OFFSET @keep)
            """, new { outlet, keep }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private static byte[] Write(IReadOnlyList<ulong> keys)
    {
        var bytes = new byte[keys.Count * 8];
        for (var i = 0; i < keys.Count; i++) BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * 8), keys[i]);
        return bytes;
    }

    private static ulong[] Read(byte[] bytes)
    {
        var keys = new ulong[bytes.Length / 8];
        for (var i = 0; i < keys.Length; i++) keys[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i * 8, 8));
        return keys;
    }

    private sealed class Row
    {
        public string Page { get; set; } = "";
        public byte[] Keys { get; set; } = [];
    }
}
