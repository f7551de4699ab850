-- A role the municipality's admins name that may also approve sharing with the Verbund.
ALTER TABLE "Organization" ADD COLUMN "verbundApproverRole" "Role";
