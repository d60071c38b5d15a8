using System;
using System.Collections.Generic;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Inventory;

namespace CloudResponsibility.Audit
{
    /// <summary>The questionnaire an audit judges for one service: its newest file's rows for the service, and when it was answered.</summary>
    public sealed class ServiceQuestionnaire
    {
        internal ServiceQuestionnaire(string serviceName, string file, DateTime answeredOn, bool answeredOnFromFile)
        {
            ServiceName = serviceName;
            File = file;
            AnsweredOn = answeredOn;
            AnsweredOnFromFile = answeredOnFromFile;
        }

        /// <summary>The service, as the questionnaire names it.</summary>
        public string ServiceName { get; }

        /// <summary>The file.</summary>
        public string File { get; }

        /// <summary>When it was answered: the latest AnsweredOn (回答日) cell of the service's rows, else the file's last write.</summary>
        public DateTime AnsweredOn { get; internal set; }

        /// <summary>Whether <see cref="AnsweredOn"/> is the file's last write, no row dating the answers.</summary>
        public bool AnsweredOnFromFile { get; internal set; }

        /// <summary>The service's rows, in file order.</summary>
        public List<AnswerRecord> Records { get; } = new List<AnswerRecord>();

        /// <summary>The errors of its rows, held until the audit knows whether this file counts (<see cref="QuestionnaireSet.TakeErrors"/>).</summary>
        internal List<InventoryError> Errors { get; } = new List<InventoryError>();

        /// <summary>What is kept of a questionnaire a newer file superseded: its service, file and errors, not its rows.</summary>
        internal ServiceQuestionnaire Superseded()
        {
            var kept = new ServiceQuestionnaire(ServiceName, File, AnsweredOn, AnsweredOnFromFile);
            kept.Errors.AddRange(Errors);
            return kept;
        }
    }
}
