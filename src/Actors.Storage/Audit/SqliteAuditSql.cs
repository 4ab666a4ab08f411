namespace Actors.Storage;

/// <summary>The security audit's statements on the embedded store (<c>Sql/Sqlite/0005-SecurityAudit.sql</c>); parameters are always bound.</summary>
internal static class SqliteAuditSql
{
    public static readonly string[] InsertParameters = ["$s", "$at", "$a", "$actor", "$ai", "$addr", "$t", "$i", "$d"];

    public const string Insert = """
        INSERT INTO GridAudit (ServiceId, RecordedAt, Action, Actor, ActorInstitutionId, Address, Target, InstitutionId, Detail)
        VALUES ($s, $at, $a, $actor, $ai, $addr, $t, $i, $d);
        """;

    public const string Read = """
        SELECT Sequence, RecordedAt, Action, Actor, ActorInstitutionId, Address, Target, InstitutionId, Detail
        FROM GridAudit
        WHERE ServiceId = $s
          AND ($from IS NULL OR RecordedAt >= $from)
          AND ($to IS NULL OR RecordedAt < $to)
          AND ($a IS NULL OR Action = $a OR substr(Action, 1, length($a) + 1) = $a || '.')
          AND ($actor IS NULL OR Actor = $actor)
          AND ($ids IS NULL OR InstitutionId IN (SELECT value FROM json_each($ids)))
          AND ($before IS NULL OR Sequence < $before)
        ORDER BY Sequence DESC
        LIMIT $n;
        """;
}
