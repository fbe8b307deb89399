import { Navigate, Outlet, useLocation } from 'react-router';
import { useToken } from '../use-token';

export function RequireStaff() {
  const token = useToken('staff');
  const location = useLocation();
  if (!token) {
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  return <Outlet />;
}
