// Placeholder until the job page lands (issue 4).
import { useParams } from 'react-router'

export default function JobPage() {
  const { id = '' } = useParams()
  return <h1>Sync job {id}</h1>
}
