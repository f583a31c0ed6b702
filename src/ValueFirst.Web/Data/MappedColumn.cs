using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ValueFirst.Web.Data;

/// <summary>
/// One property of an entity as a column of a hand-written statement: its column name, a parameter of the type EF
/// Core would bind, and a value converted as EF Core would store it (value converters, enums as numbers).
/// </summary>
public sealed class MappedColumn
{
    private MappedColumn(IProperty property, string name)
    {
        Property = property;
        Name = name;
        Mapping = (RelationalTypeMapping)property.GetTypeMapping();
    }

    public IProperty Property { get; }

    public string Name { get; }

    /// <summary>The column's type in the database, as EF Core's model maps it (e.g. "timestamp with time zone").</summary>
    public string StoreType => Mapping.StoreType;

    private RelationalTypeMapping Mapping { get; }

    public static MappedColumn For(IProperty property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var type = property.DeclaringType.ContainingEntityType;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        return new MappedColumn(property, property.GetColumnName(table) ?? throw new InvalidOperationException($"{property.Name} has no column."));
    }

    public static MappedColumn For<T>(DbContext db, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(db);
        var property = db.Model.FindEntityType(typeof(T))?.FindProperty(propertyName)
            ?? throw new InvalidOperationException($"{typeof(T).Name}.{propertyName} is not in the model.");
        return For(property);
    }

    public DbParameter CreateParameter(DbCommand command, string name) => Mapping.CreateParameter(command, name, null, Property.IsNullable);

    /// <summary>The value as the provider stores it; <see cref="DBNull"/> for null.</summary>
    public object ToProvider(object? value) =>
        value is null ? DBNull.Value
        : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) ?? DBNull.Value
        : value is Enum ? Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), CultureInfo.InvariantCulture)
        : value;

    /// <summary>The entity's value of this property, as the provider stores it.</summary>
    public object ValueOf(object entity) =>
        ToProvider((Property.PropertyInfo ?? throw new InvalidOperationException($"{Property.Name} is not a CLR property.")).GetValue(entity));
}
