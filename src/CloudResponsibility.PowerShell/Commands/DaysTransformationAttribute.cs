using System;
using System.Management.Automation;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Lets a TimeSpan parameter take a number of days (<c>-MaxAge 365</c>): PowerShell alone would
    /// read an integer as ticks. Strings and TimeSpans pass through to the usual conversion.
    /// </summary>
    internal sealed class DaysTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return value switch
            {
                int days => TimeSpan.FromDays(days),
                long days => TimeSpan.FromDays(days),
                double days => TimeSpan.FromDays(days),
                _ => inputData,
            };
        }
    }
}
