using Mono.Cecil;

namespace ValueFirst.Web.Tests.Architecture;

/// <summary>
/// What each top-level type of an assembly uses, read from its compiled IL with Mono.Cecil: signatures, base types,
/// attributes and every type, method and field its method bodies touch (lambdas and async state machines count for
/// the type that wrote them). Reflection alone cannot see inside method bodies.
/// </summary>
internal sealed class TypeReferences
{
    private readonly Dictionary<string, HashSet<string>> typesUsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> membersUsed = new(StringComparer.Ordinal);

    private TypeReferences()
    {
    }

    /// <summary>Full names of the assembly's own top-level types (namespace + name).</summary>
    public IEnumerable<string> Types => typesUsed.Keys;

    public static TypeReferences Of(System.Reflection.Assembly assembly)
    {
        var result = new TypeReferences();
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        foreach (var type in module.Types.Where(t => t.Name != "<Module>"))
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            var members = new HashSet<string>(StringComparer.Ordinal);
            Collect(type, used, members);
            result.typesUsed[type.FullName] = used;
            result.membersUsed[type.FullName] = members;
        }

        return result;
    }

    /// <summary>Full names of the types <paramref name="type"/> uses.</summary>
    public IReadOnlySet<string> TypesUsedBy(string type) => typesUsed[type];

    /// <summary>Members it calls or reads, as "Declaring.Type::Member" (e.g. "System.DateTime::get_Now").</summary>
    public IReadOnlySet<string> MembersUsedBy(string type) => membersUsed[type];

    private static void Collect(TypeDefinition type, HashSet<string> used, HashSet<string> members)
    {
        Add(type.BaseType, used);
        foreach (var face in type.Interfaces)
        {
            Add(face.InterfaceType, used);
        }

        Attributes(type, used);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType, used);
            Attributes(field, used);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType, used);
            Attributes(property, used);
        }

        foreach (var method in type.Methods)
        {
            Add(method.ReturnType, used);
            Attributes(method, used);
            foreach (var parameter in method.Parameters)
            {
                Add(parameter.ParameterType, used);
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables)
            {
                Add(variable.VariableType, used);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        Add(t, used);
                        break;
                    case MethodReference m:
                        Add(m.DeclaringType, used);
                        Add(m.ReturnType, used);
                        foreach (var parameter in m.Parameters)
                        {
                            Add(parameter.ParameterType, used);
                        }

                        if (m is GenericInstanceMethod generic)
                        {
                            foreach (var argument in generic.GenericArguments)
                            {
                                Add(argument, used);
                            }
                        }

                        members.Add($"{m.DeclaringType.GetElementType().FullName}::{m.Name}");
                        break;
                    case FieldReference f:
                        Add(f.DeclaringType, used);
                        Add(f.FieldType, used);
                        members.Add($"{f.DeclaringType.GetElementType().FullName}::{f.Name}");
                        break;
                }
            }
        }

        foreach (var nested in type.NestedTypes)
        {
            Collect(nested, used, members);
        }
    }

    private static void Attributes(ICustomAttributeProvider provider, HashSet<string> used)
    {
        foreach (var attribute in provider.CustomAttributes)
        {
            Add(attribute.AttributeType, used);
        }
    }

    private static void Add(TypeReference? type, HashSet<string> used)
    {
        while (type is TypeSpecification specification and not GenericInstanceType)
        {
            type = specification.ElementType;
        }

        switch (type)
        {
            case null:
                return;
            case GenericInstanceType generic:
                Add(generic.ElementType, used);
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument, used);
                }

                return;
            case GenericParameter:
                return;
        }

        // A nested type counts as its outermost declaring type, whose namespace is the one that matters.
        var outer = type;
        while (outer.DeclaringType is { } declaring)
        {
            outer = declaring;
        }

        used.Add(outer.FullName);
    }
}
