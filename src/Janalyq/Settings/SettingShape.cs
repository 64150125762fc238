using System.Collections;
using System.ComponentModel;
using System.Reflection;

namespace Janalyq.Settings;

/// <summary>How a settings property is written in configuration: one value, a list, a map keyed by name, or a group of settings.</summary>
public enum SettingKind
{
    Value,
    List,
    Map,
    Group,
}

/// <summary>Reads the shape of options classes the way the configuration binder fills them.</summary>
public static class SettingShape
{
    /// <summary>The kind of <paramref name="type"/>; <paramref name="item"/> is the element type of a list or map.</summary>
    public static SettingKind KindOf(Type type, out Type? item)
    {
        item = null;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string)))
            return SettingKind.Value;
        if (Generic(type, typeof(IDictionary<,>)) is { } map)
        {
            item = map[1];
            return SettingKind.Map;
        }
        if (type.IsArray)
        {
            item = type.GetElementType();
            return SettingKind.List;
        }
        if (Generic(type, typeof(IEnumerable<>)) is { } list)
        {
            item = list[0];
            return SettingKind.List;
        }
        return typeof(IEnumerable).IsAssignableFrom(type) ? SettingKind.List : SettingKind.Group;
    }

    /// <summary>The settings of a group: public properties the binder sets (or fills, for lists, maps and groups).</summary>
    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && (p.CanWrite || KindOf(p.PropertyType, out _) != SettingKind.Value));

    private static Type[]? Generic(Type type, Type definition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == definition) return type.GetGenericArguments();
        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition)?.GetGenericArguments();
    }
}
