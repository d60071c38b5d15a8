using System;
using System.Management.Automation;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Lets a TimeSpan parameter take a number of days (<c>-MaxAge 365</c>): PowerShell alone would
    /// read an integer as ticks. Strings and TimeSpans pass through to the usual conversion. A number
    /// past what a TimeSpan holds becomes the largest (or smallest) one, which the parameter's
    /// <see cref="DaysRangeAttribute"/> then rejects with its own message.
    /// </summary>
    internal sealed class DaysTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return value switch
            {
                int days => FromDays(days),
                long days => FromDays(days),
                double days => FromDays(days),
                _ => inputData,
            };
        }

        private static TimeSpan FromDays(double days)
        {
            if (double.IsNaN(days) || days >= TimeSpan.MaxValue.TotalDays) return TimeSpan.MaxValue;
            if (days <= TimeSpan.MinValue.TotalDays) return TimeSpan.MinValue;
            return TimeSpan.FromDays(days);
        }
    }
}
