using System.Reflection;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Reqnroll-style context injection: binding classes and context objects are created on first
/// request through their public constructor (the one with most parameters), shared by every step
/// of the scenario, and disposed in reverse creation order when the scenario ends.
/// </summary>
public sealed class ScenarioContainer : IServiceProvider, IAsyncDisposable
{
    private readonly Dictionary<Type, object> _instances = [];
    private readonly List<object> _created = [];
    private readonly HashSet<Type> _resolving = [];
    private readonly Lock _gate = new();

    public void RegisterInstance<T>(T instance) where T : notnull => RegisterInstance(typeof(T), instance);

    public void RegisterInstance(Type type, object instance)
    {
        lock (_gate) _instances[type] = instance;
    }

    public T Resolve<T>() => (T)Resolve(typeof(T));

    public object Resolve(Type type)
    {
        lock (_gate) return ResolveLocked(type, []);
    }

    object IServiceProvider.GetService(Type serviceType) => Resolve(serviceType);

    private object ResolveLocked(Type type, List<Type> chain)
    {
        if (_instances.TryGetValue(type, out var existing)) return existing;
        if (type == typeof(IServiceProvider) || type == typeof(ScenarioContainer)) return this;
        chain.Add(type);
        if (!_resolving.Add(type))
            throw new InvalidOperationException($"circular dependency: {string.Join(" → ", chain.Select(t => t.Name))}");
        try
        {
            var instance = Construct(type, chain);
            _instances[type] = instance;
            _created.Add(instance);
            return instance;
        }
        finally
        {
            _resolving.Remove(type);
            chain.RemoveAt(chain.Count - 1);
        }
    }

    private object Construct(Type type, List<Type> chain)
    {
        if (type.IsInterface || type.IsAbstract || type.IsPrimitive || type == typeof(string))
            throw new InvalidOperationException(
                $"cannot create {type.Name} for {string.Join(" → ", chain.Select(t => t.Name))}: " +
                "it is not a concrete class and nothing registered an instance of it");
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"cannot create {type.Name}: it has no public constructor");
        var arguments = constructor.GetParameters().Select(p => ResolveLocked(p.ParameterType, chain)).ToArray();
        try
        {
            return constructor.Invoke(arguments);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            throw new InvalidOperationException($"constructor of {type.Name} threw: {error.InnerException.Message}", error.InnerException);
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<object> created;
        lock (_gate)
        {
            created = [.. _created];
            _created.Clear();
            _instances.Clear();
        }
        created.Reverse();
        foreach (var instance in created)
        {
            if (instance is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync();
            else if (instance is IDisposable disposable) disposable.Dispose();
        }
    }
}
