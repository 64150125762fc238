using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Janalyq.Storage.PostgreSql;

/// <summary>
/// Wakes this process's pipeline when another process (a worker, another web node) changed an article: every append to
/// the change log also sends NOTIFY on <see cref="Channel"/> with its schema as payload (delivered at commit), and this
/// service LISTENs on one connection and passes it on to <see cref="ArticleChangeSignal"/>. Only a wake-up: the change
/// log's sequence numbers stay the record, so a notification lost while disconnected costs a poll interval, nothing more.
/// </summary>
public sealed class PostgreSqlChangeListener(
    PostgreSqlConnectionFactory connections, ArticleChangeSignal signal, TimeProvider time, ILogger<PostgreSqlChangeListener> logger) : BackgroundService
{
    /// <summary>The notification channel of article changes.</summary>
    public const string Channel = "janalyq_article_changes";

    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place (for tests and start-up logs).</summary>
    public Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await connections.OpenAsync(stoppingToken);
                var schema = await connection.ExecuteScalarAsync<string>(new CommandDefinition("SELECT current_schema()", cancellationToken: stoppingToken));
                connection.Notification += (_, e) =>
                {
                    if (e.Payload == schema) signal.Notify();
                };
                await connection.ExecuteAsync(new CommandDefinition($"LISTEN {Channel}", cancellationToken: stoppingToken));
                signal.Notify(); // changes made while nobody listened: let the pipeline look at the log
                _listening.TrySetResult();
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or StorageException)
            {
                logger.LogWarning("Listening for article changes on {Database} failed ({Error}); again in {Delay} s", connections.Describe, e.Message, Reconnect.TotalSeconds);
                await Task.Delay(Reconnect, time, stoppingToken);
            }
        }
    }
}
