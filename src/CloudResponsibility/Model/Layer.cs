namespace CloudResponsibility.Model
{
    /// <summary>The layers of the stack (MIC-GL3 I.6.1–I.6.3), top first; the numeric value is the order.</summary>
    public enum Layer
    {
        /// <summary>Data the customer puts in and creates.</summary>
        Data = 1,
        /// <summary>Accounts, permissions and external access.</summary>
        AccountsAndAccess = 2,
        /// <summary>The application.</summary>
        Application = 3,
        /// <summary>Middleware: databases, runtimes, the programming environment.</summary>
        Middleware = 4,
        /// <summary>The operating system running in the virtual machine.</summary>
        GuestOS = 5,
        /// <summary>The virtual environment.</summary>
        Virtualization = 6,
        /// <summary>Servers, storage, hypervisor hosts.</summary>
        PhysicalInfrastructure = 7,
        /// <summary>The network inside the data centre.</summary>
        Network = 8,
        /// <summary>The data-centre building, power and physical security.</summary>
        Facility = 9,
    }
}
