using System.Globalization;
using System.Text;

namespace Actors.Domain;

/// <summary>
/// What an id of the grid may be (a terminal's, a client's, a transaction's…): letters and digits of any script (with their
/// combining marks), '-', '_' and '.', at most <see cref="MaxLength"/> characters, not dots alone. No spaces, no '/', no
/// control or bidirectional-override characters, so an id reads the same everywhere and is one segment of a URL; and
/// written in its composed form (NFC), so two ids that look the same are the same.
/// </summary>
public static class EntityIds
{
    public const int MaxLength = 64;

    /// <summary>The same rule as an ECMAScript pattern (Unicode mode), for the OpenAPI document; length is counted in characters.</summary>
    public const string Pattern = @"^(?!\.+$)[\p{L}\p{Mn}\p{Mc}\p{Nd}._-]{1,64}$";

    /// <summary>Null when <paramref name="id"/> is a well-formed id, else why not, on <paramref name="field"/>.</summary>
    public static Refusal? Check(string field, string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return Refusal.Invalid(field, "is required", "必须填写");
        }
        var length = 0;
        foreach (var rune in id.EnumerateRunes())
        {
            if (++length > MaxLength)
            {
                return Refusal.Invalid(field, $"must be at most {MaxLength} characters", $"最多 {MaxLength} 个字符");
            }
            if (!Allowed(rune))
            {
                return Refusal.Invalid(field,
                    $"may hold only letters, digits, '-', '_' and '.' (not U+{rune.Value:X4})",
                    $"只能包含字母、数字、“-”、“_”和“.”（不能有 U+{rune.Value:X4}）");
            }
        }
        if (id.All(c => c == '.'))
        {
            return Refusal.Invalid(field, "must not be dots alone", "不能只由“.”组成");
        }
        return id.IsNormalized(NormalizationForm.FormC)
            ? null
            : Refusal.Invalid(field, "must be written in composed form (Unicode NFC)", "必须使用合成形式（Unicode NFC）");
    }

    private static bool Allowed(Rune rune) => rune.Value is '-' or '_' or '.' || Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber;
}
