// Placeholder until the create form lands (issue 4).
export default function CreateJobPage() {
  return <h1>New sync job</h1>
}
