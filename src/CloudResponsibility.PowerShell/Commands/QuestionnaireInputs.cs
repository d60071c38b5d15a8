using System.Collections.Generic;
using System.Management.Automation;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Pipeline;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>What the cmdlets that judge questionnaires read besides them: an inventory's services, and a contract-override file.</summary>
    internal static class QuestionnaireInputs
    {
        /// <summary>The services of -Inventory (Import-CloudInventory objects or rows with ServiceName and ServiceModel); bad ones as error records.</summary>
        public static List<CloudService>? Services(PSCmdlet cmdlet, Language language, PSObject[]? inventory)
        {
            if (inventory is null) return null;
            var reader = new ServiceInput(cmdlet, language);
            var services = new List<CloudService>();
            foreach (var item in inventory)
                if (reader.Read(item) is { } service) services.Add(service);
            return services;
        }

        /// <summary>The overrides of -OverridePath; null without one.</summary>
        public static OverrideSet? Overrides(PSCmdlet cmdlet, Language language, string? path) =>
            path is null ? null : OverrideFileLoader.Load(cmdlet, language, ProviderPaths.FileSystemPath(cmdlet, language, path));
    }
}
