using System;
using CloudResponsibility.Model;

namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// One question of a vendor's filled CSA CAIQ v4, read: the question's ID and the CCM control and
    /// domain it belongs to, the vendor's answer, the owner the vendor declares, and the vendor's own
    /// texts, with the file, sheet and row it came from. What Import-Caiq writes and
    /// Test-VendorDisclosure judges. Immutable.
    /// </summary>
    public sealed class CaiqAnswer
    {
        /// <summary>Creates an answer. <paramref name="serviceName"/> and <paramref name="questionId"/> are required.</summary>
        public CaiqAnswer(string serviceName, string questionId, CaiqAnswerValue answer, CaiqOwnership ownership,
            ServiceModel? serviceModel = null, string? question = null, string? implementationDescription = null,
            string? customerResponsibilities = null, string? file = null, string? sheet = null, long? row = null)
        {
            if (string.IsNullOrWhiteSpace(serviceName)) throw new ArgumentException("A CAIQ answer needs a service name.", nameof(serviceName));
            if (string.IsNullOrWhiteSpace(questionId)) throw new ArgumentException("A CAIQ answer needs a question ID.", nameof(questionId));
            ServiceName = serviceName;
            QuestionId = questionId;
            ControlId = ControlOf(questionId);
            Domain = DomainOf(ControlId);
            Answer = answer;
            Ownership = ownership;
            ServiceModel = serviceModel;
            Question = question;
            ImplementationDescription = implementationDescription;
            CustomerResponsibilities = customerResponsibilities;
            File = file;
            Sheet = sheet;
            Row = row;
        }

        /// <summary>The service the vendor answered for.</summary>
        public string ServiceName { get; }

        /// <summary>The question, as CSA numbers it: <c>CEK-03.1</c>.</summary>
        public string QuestionId { get; }

        /// <summary>The CCM v4 control the question belongs to: <c>CEK-03</c>.</summary>
        public string ControlId { get; }

        /// <summary>The CCM v4 domain: <c>CEK</c>.</summary>
        public string Domain { get; }

        /// <summary>The vendor's answer; <see cref="CaiqAnswerValue.Missing"/> for a blank cell.</summary>
        public CaiqAnswerValue Answer { get; }

        /// <summary>Who the vendor declares owns the control; <see cref="CaiqOwnership.Unspecified"/> for a blank cell.</summary>
        public CaiqOwnership Ownership { get; }

        /// <summary>The service's model, when the user gave it; null otherwise.</summary>
        public ServiceModel? ServiceModel { get; }

        /// <summary>The question's text from the vendor's file; null when the file has none.</summary>
        public string? Question { get; }

        /// <summary>The vendor's implementation description; null for a blank cell.</summary>
        public string? ImplementationDescription { get; }

        /// <summary>What the vendor says the customer must do; null for a blank cell.</summary>
        public string? CustomerResponsibilities { get; }

        /// <summary>The file, as named when opened; null for an answer made elsewhere.</summary>
        public string? File { get; }

        /// <summary>The worksheet; null for a CSV file.</summary>
        public string? Sheet { get; }

        /// <summary>The row, as a spreadsheet numbers it.</summary>
        public long? Row { get; }

        /// <inheritdoc />
        public override string ToString() => $"{ServiceName}/{QuestionId}: {Answer} ({Ownership})";

        // A question ID is its control's ID and a sub-number (CEK-03.1); an ID without one is the control itself.
        private static string ControlOf(string questionId)
        {
            var dot = questionId.IndexOf('.');
            return dot < 0 ? questionId : questionId.Substring(0, dot);
        }

        private static string DomainOf(string controlId)
        {
            var dash = controlId.IndexOf('-');
            return dash < 0 ? controlId : controlId.Substring(0, dash);
        }
    }
}
