using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.Loader;

namespace CloudResponsibility.HelpCompiler.Metadata
{
    /// <summary>
    /// Reads the cmdlets of a compiled module assembly by reflection. The assembly is loaded into
    /// this process: its reference to PowerShellStandard's System.Management.Automation 3.0.0.0
    /// resolves to the 7.6.9 engine the compiler carries, so the attributes are the engine's own
    /// types; its other dependencies (the domain assembly, CsvHelper) come from its folder or, as
    /// the Core build ships them, its Dependencies folder.
    /// </summary>
    public static class CmdletAssemblyReader
    {
        /// <summary>The cmdlets the assembly exports, sorted by name.</summary>
        /// <exception cref="InvalidOperationException">The assembly or one of its types cannot be loaded.</exception>
        public static IReadOnlyList<CmdletDescriptor> Read(string assemblyPath)
        {
            var fullPath = Path.GetFullPath(assemblyPath);
            var folder = Path.GetDirectoryName(fullPath) ?? ".";
            var folders = new[] { folder, Path.Combine(folder, "Dependencies") };
            AssemblyLoadContext.Default.Resolving += (context, name) =>
            {
                var candidate = folders.Select(f => Path.Combine(f, name.Name + ".dll")).FirstOrDefault(File.Exists);
                return candidate is null ? null : context.LoadFromAssemblyPath(candidate);
            };
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
            return LoadableTypes(assembly)
                .Where(t => t.IsPublic && !t.IsAbstract && typeof(Cmdlet).IsAssignableFrom(t))
                .Select(t => (Type: t, Attribute: t.GetCustomAttribute<CmdletAttribute>()))
                .Where(c => c.Attribute is not null)
                .Select(c => Describe(c.Type, c.Attribute!))
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();
        }

        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException exception)
            {
                var reasons = exception.LoaderExceptions.Where(e => e is not null).Select(e => e!.Message).Distinct();
                throw new InvalidOperationException(
                    $"Types of '{assembly.Location}' cannot be loaded: {string.Join(" ", reasons)}", exception);
            }
        }

        private static CmdletDescriptor Describe(Type type, CmdletAttribute cmdlet)
        {
            var parameters = type.GetMembers(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m is PropertyInfo || m is FieldInfo)
                .Select(m => (Member: m, Bindings: m.GetCustomAttributes<ParameterAttribute>(true).ToList()))
                .Where(m => m.Bindings.Count > 0)
                .GroupBy(m => m.Member.Name, StringComparer.OrdinalIgnoreCase)
                .Select(g => Describe(g.OrderBy(m => Depth(type, m.Member.DeclaringType)).First()))
                .Concat(EngineAddedParameters(cmdlet))
                .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();
            var outputs = type.GetCustomAttributes<OutputTypeAttribute>(true)
                .SelectMany(a => a.Type)
                .Select(t => t.Type is { } known ? TypeNames.FullName(known) : t.Name)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var defaultSet = string.IsNullOrEmpty(cmdlet.DefaultParameterSetName) ? null : cmdlet.DefaultParameterSetName;
            return new CmdletDescriptor(cmdlet.VerbName, cmdlet.NounName, defaultSet, parameters, outputs);
        }

        private static CmdletParameter Describe((MemberInfo Member, List<ParameterAttribute> Bindings) parameter)
        {
            var member = parameter.Member;
            var type = member is PropertyInfo property ? property.PropertyType : ((FieldInfo)member).FieldType;
            var aliases = member.GetCustomAttributes<AliasAttribute>(true).SelectMany(a => a.AliasNames).ToList();
            var validateSet = member.GetCustomAttribute<ValidateSetAttribute>(true);
            var element = TypeNames.ElementType(type);
            IReadOnlyList<string> accepted = validateSet is not null
                ? validateSet.ValidValues.ToList()
                : element.IsEnum ? element.GetEnumNames() : Array.Empty<string>();
            var bindings = parameter.Bindings
                .Select(b => new ParameterBinding(
                    string.IsNullOrEmpty(b.ParameterSetName) ? ParameterBinding.AllSets : b.ParameterSetName,
                    b.Mandatory,
                    b.Position == int.MinValue ? null : b.Position,
                    b.ValueFromPipeline,
                    b.ValueFromPipelineByPropertyName))
                .ToList();
            return new CmdletParameter(member.Name, type, aliases, member.IsDefined(typeof(SupportsWildcardsAttribute), true), accepted, bindings);
        }

        /// <summary>How far up the hierarchy a member is declared: the most derived declaration wins.</summary>
        private static int Depth(Type type, Type? declaring)
        {
            var depth = 0;
            for (var current = type; current is not null && current != declaring; current = current.BaseType) depth++;
            return depth;
        }

        /// <summary>-WhatIf/-Confirm and the paging parameters: not common parameters, so they are documented like the cmdlet's own.</summary>
        private static IEnumerable<CmdletParameter> EngineAddedParameters(CmdletAttribute cmdlet)
        {
            if (cmdlet.SupportsShouldProcess)
            {
                yield return EngineParameter("WhatIf", typeof(SwitchParameter), "wi");
                yield return EngineParameter("Confirm", typeof(SwitchParameter), "cf");
            }
            if (cmdlet.SupportsPaging)
            {
                yield return EngineParameter("First", typeof(ulong));
                yield return EngineParameter("Skip", typeof(ulong));
                yield return EngineParameter("IncludeTotalCount", typeof(SwitchParameter));
            }
        }

        private static CmdletParameter EngineParameter(string name, Type type, params string[] aliases) =>
            new CmdletParameter(name, type, aliases, false, Array.Empty<string>(),
                new[] { new ParameterBinding(ParameterBinding.AllSets, false, null, false, false) });
    }
}
